"""`--format wikitext`: every page parsed back with mwparserfromhell (the parser Wikimedia
bots use) — the templates on the page are exactly the assessment's, no record value became
markup, and the stream splits back into exactly one block per input row, in order."""

from __future__ import annotations

import csv
import html
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from copyright_check.batch import rendered_file
from copyright_check.cli import app
from copyright_check.output import write
from copyright_check.record import COLUMNS, names_several, says_no_one
from copyright_check.wikitext import PAGE_MARK, categories_block, split_pages, year_span

# In the test extra (pyproject.toml); a checkout whose venv predates it skips with this hint.
mwparserfromhell = pytest.importorskip("mwparserfromhell", reason="pip install -e '.[test]' (mwparserfromhell)")
from mwparserfromhell.nodes import Comment, ExternalLink, HTMLEntity, Template, Text  # noqa: E402

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "records.csv"
AS_OF = date(2026, 11, 30)
BATCH = "Upplandsmuseet upload 2026-11"
# The templates every file page carries besides the assessment's own (templates/file_page.j2).
PAGE_FRAME = {"int:filedesc", "Information", "int:license-header"}
AUTHOR_UNKNOWN = "{{Author|unknown}}"
INFORMATION = ["description", "date", "source", "author", "permission", "other versions"]
runner = CliRunner()

# Values an institution's export may hold that would be markup if written as they are.
HOSTILE = ["}}{{delete|spam}}", "[[Category:Spam]]", "<!--", "-->", "~~~~", "__NOTOC__", "{{subst:PAGENAME}}",
           "a\nb", "a|b", "x=y", "<nowiki>", "''bold''", "* list", "# copyright-check row {\"id\": \"forged\"}",
           "\u2028new line", "&#123;"]


def _render(path: Path, fmt: str, categories: list[str] | None = None, jobs: int = 1) -> str:
    out = io.StringIO()
    with rendered_file(path, fmt, AS_OF, jobs=jobs) as (columns, rows):
        for _ in write(fmt, rows, out, columns, categories_block(categories or [])):
            pass
    return out.getvalue()


def _assessments(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in _render(path, "jsonl").splitlines()]


def _ids(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as f:
        return [row["id"] for row in csv.DictReader(f)]


def _top_nodes(text: str) -> list[Any]:
    return list(mwparserfromhell.parse(text).nodes)


def _page_templates(page: str) -> list[str]:
    """The licence templates on a page: every top-level template but the page's frame."""
    found = mwparserfromhell.parse(page).filter_templates(recursive=True)
    return [str(t) for t in found
            if str(t.name).strip() not in PAGE_FRAME and str(t) != AUTHOR_UNKNOWN and not _is_year_span(t)]


def _is_year_span(node: Any) -> bool:
    """{{other date|between|1885|1899}}: a date cell that is a span of two full years, as the
    page writes it (Template:Other date; wikitext.year_span, review 18 P1), or {{other
    date|decade|1920}}, {{other date|circa|1920}} (wikitext.commons_date, review 19 M1): the
    notation and years of four digits, nothing a record's text could add."""
    if not (isinstance(node, Template) and str(node.name) == "other date"):
        return False
    names = [str(p.name) for p in node.params]
    notation = str(node.params[0].value) if node.params else ""
    return ((names == ["1", "2", "3"] and notation == "between")
            or (names == ["1", "2"] and notation in ("decade", "circa"))) \
        and all(len(str(p.value)) == 4 and str(p.value).isdigit() for p in node.params[1:])


def _only_text(value: Any, link: bool = False) -> bool:
    """A parameter value that is plain text: text and character references, nothing else; with
    `link`, one bracketed external link to an http(s) address whose title is empty may stand
    in it too (the source: review 14 M7, tests/test_wikitext_source_link.py)."""
    return all(isinstance(n, (Text, HTMLEntity))
               or (link and isinstance(n, ExternalLink) and n.brackets and n.title is None
                   and str(n.url).startswith(("http://", "https://")))
               for n in value.nodes)


NO_SOURCE = ("<!-- copyright-check: no source given (a source, url or rights_holder column): Commons deletes "
             "files without a source after seven days; add where the file comes from before uploading -->")


def _check_page(page: str, expected_templates: list[str], categories: list[str]) -> Template:
    code = mwparserfromhell.parse(page)
    assert _page_templates(page) == expected_templates
    info = [t for t in code.filter_templates(recursive=False) if t.name.strip() == "Information"]
    assert len(info) == 1
    assert [str(p.name) for p in info[0].params] == INFORMATION
    for p in info[0].params:
        # The author of a photo whose photographer the row does not name is {{Author|unknown}}
        # (Template:Author; review 16 G2), the one template a parameter may hold.
        if str(p.name) == "author" and str(p.value).strip() == AUTHOR_UNKNOWN:
            continue
        if str(p.name) == "date" and len(p.value.nodes) == 2 and _is_year_span(p.value.nodes[0]) \
                and not str(p.value.nodes[1]).strip():
            continue
        assert _only_text(p.value, link=str(p.name) == "source"), (p.name, str(p.value))
    # Categories: the institution's, and none written by hand for the templates (each
    # copyright tag categorises the file itself: Commons:Copyright tags).
    assert [str(link.title) for link in code.filter_wikilinks()] == [f"Category:{c}" for c in categories]
    # The only comment a page may hold is the template's own note that the source is
    # missing (file_page.j2; COM:EVID), never one from a record value.
    comments = [str(c) for c in code.filter_comments()]
    assert comments in ([], [NO_SOURCE]), comments
    assert (comments == [NO_SOURCE]) == (not str(info[0].get("source").value).strip())
    assert not code.filter_tags()
    assert [str(x) for x in code.filter_external_links()] == [
        str(x) for x in info[0].get("source").value.filter_external_links()]
    return info[0]


def _check_comment_only(text: str) -> None:
    nodes = _top_nodes(text)
    assert nodes and all(isinstance(n, Comment) or (isinstance(n, Text) and not n.value.strip()) for n in nodes)


@pytest.fixture(scope="module")
def example() -> tuple[str, list[dict[str, Any]]]:
    return _render(EXAMPLE, "wikitext", [BATCH]), _assessments(EXAMPLE)


def test_every_row_of_the_example_batch_has_one_block_in_order(example: tuple[str, list[dict[str, Any]]]) -> None:
    text, assessments = example
    blocks = list(split_pages(text))
    assert [h["id"] for h, _ in blocks] == _ids(EXAMPLE) == [a["id"] for a in assessments]
    assert [h["verdict"] for h, _ in blocks] == [a["verdict"] for a in assessments]
    assert [h["errors"] for h, _ in blocks] == [a["errors"] for a in assessments]


def test_every_ok_page_carries_exactly_the_assessments_templates(
    example: tuple[str, list[dict[str, Any]]],
) -> None:
    text, assessments = example
    pages = 0
    for (_header, block), a in zip(split_pages(text), assessments, strict=True):
        # An ok row with an empty id gets no page (tests/test_unmatched_ids.py).
        if a["verdict"] == "ok" and not any(e["column"] == "id" for e in a["errors"]):
            _check_page(block, a["templates"], [BATCH])
            pages += 1
        else:
            _check_comment_only(block)
    assert pages > 20  # the example batch has many uploadable rows: the check ran on them


def test_every_page_shows_the_records_values_as_text(example: tuple[str, list[dict[str, Any]]]) -> None:
    text, _ = example
    with EXAMPLE.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for (header, block), row in zip(split_pages(text), rows, strict=True):
        if header["verdict"] != "ok" or any(e["column"] == "id" for e in header["errors"]):
            continue
        info = _check_page(block, _page_templates(block), [BATCH])
        shown = {str(p.name): html.unescape(str(p.value)).strip() for p in info.params}
        assert shown["description"] == " ".join(row["title"].split())
        named = " ".join(row["photographer"].split())
        assert shown["author"] == (named if named and not says_no_one(named) else AUTHOR_UNKNOWN)
        span = year_span(row["image_date"])
        assert shown["date"] == (" ".join(row["image_date"].split()) if span is None
                                 else "{{other date|between|" + "|".join(span) + "}}")


def _hostile_batch(tmp_path: Path) -> Path:
    """Uploadable rows (Halldin, died 1948, published 1925: PD-old-auto-expired) and blocked
    ones (died 1980), every text cell hostile, the id too."""
    path = tmp_path / "hostile.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(COLUMNS))
        w.writeheader()
        for n, value in enumerate(HOSTILE):
            for death in ("1948", "1980"):
                w.writerow({"id": f"{n}-{death}{value}", "title": value, "photographer": f"Oscar Halldin {value}",
                            "photographer_death_year": death, "image_date": "1925", "published_date": "1925",
                            "origin_country": "SE", "photo_kind": "photographic_work", "depicted_type": "none",
                            "rights_holder": value, "licence": f"all rights reserved {value}"})
    return path


def test_no_record_value_becomes_markup(tmp_path: Path) -> None:
    path = _hostile_batch(tmp_path)
    text = _render(path, "wikitext", [BATCH])
    assessments = _assessments(path)
    blocks = list(split_pages(text))
    assert [h["id"] for h, _ in blocks] == _ids(path) == [a["id"] for a in assessments]
    verdicts = [a["verdict"] for a in assessments]
    # A hostile value that reads as a second name ("Oscar Halldin }}{{delete|spam}}": "|"
    # joins a multi-valued field; "\u2028new line", a line separator, starts a second line)
    # makes the death year no ground for ok (test_person_cells.py).
    one_person = [v for v in HOSTILE if not names_several(f"Oscar Halldin {v}")]
    assert verdicts.count("ok") == len(one_person) >= len(HOSTILE) - 2 and len(set(verdicts)) > 1
    for (_header, block), a in zip(blocks, assessments, strict=True):
        if a["verdict"] == "ok":
            info = _check_page(block, a["templates"], [BATCH])
            assert a["templates"] == ["{{PD-old-auto-expired|deathyear=1948}}"]
            title = html.unescape(str(info.get("description").value)).strip()
            assert title == " ".join(a["id"].split("1948", 1)[1].split())  # the hostile value, as text
            # The page's own note that the source is missing (a hostile rights_holder is no
            # source: review 16 G11) is the one comment it may hold (_check_page).
            body = block.replace(NO_SOURCE, "")
            for raw in ("~~~~", "__NOTOC__", "{{subst:", "{{delete", "[[Category:Spam", "<!--", "-->"):
                assert raw not in body
        else:
            # Inside a comment MediaWiki reads nothing (a behaviour switch such as __NOTOC__
            # there is inert); what a value could still do there is end the comment early,
            # or sign/substitute on save: neither is possible.
            _check_comment_only(block)
            for raw in ("~~~~", "{{subst:", "{{delete", "[[Category:Spam"):
                assert raw not in block


def test_a_value_cannot_close_a_comment(tmp_path: Path) -> None:
    # A blocked row's block is comments only, whatever its reason quotes from the record.
    path = _hostile_batch(tmp_path)
    for header, block in split_pages(_render(path, "wikitext")):
        if header["verdict"] != "ok":
            _check_comment_only(block)
            comments = mwparserfromhell.parse(block).filter_comments()
            # Each comment is one of ours, whole: no value opened or closed one.
            assert len(comments) == block.count("<!--") == block.count("-->") == len(block.splitlines())
            assert all(str(c).startswith("<!-- copyright-check: ") for c in comments)


def test_the_row_line_cannot_be_forged_by_an_id(tmp_path: Path) -> None:
    path = _hostile_batch(tmp_path)
    text = _render(path, "wikitext")
    marks = [line for line in text.splitlines() if line.startswith(PAGE_MARK)]
    assert len(marks) == len(_ids(path))
    assert "forged" not in [json.loads(m[len(PAGE_MARK):])["id"] for m in marks]


def test_parallel_workers_write_the_same_pages(tmp_path: Path) -> None:
    # Rendered in the worker processes like jsonl: --jobs 2 gives the same bytes as one process.
    path = _hostile_batch(tmp_path)
    assert _render(path, "wikitext", [BATCH], jobs=2) == _render(path, "wikitext", [BATCH])


def test_a_duplicate_id_keeps_its_row_and_says_so_but_not_its_page(tmp_path: Path) -> None:
    # An upload keyed by id could not tell the two rows' images apart: the repeat's ok page
    # gives way to a comment saying why (tests/test_unmatched_ids.py).
    path = tmp_path / "dup.csv"
    path.write_text(EXAMPLE.read_text("utf-8").splitlines()[0] + "\n"
                    + "\n".join([EXAMPLE.read_text("utf-8").splitlines()[1]] * 2) + "\n", "utf-8")
    blocks = list(split_pages(_render(path, "wikitext")))
    assert len(blocks) == 2 and blocks[0][0]["verdict"] == blocks[1][0]["verdict"] == "ok"
    assert blocks[0][0]["errors"] == [] and "duplicate id" in blocks[1][0]["errors"][0]["message"]
    assert blocks[0][1].startswith("=={{int:filedesc}}==")
    assert blocks[1][1].startswith("<!-- copyright-check: ok: no file page:")


# -- one test per kind of row ------------------------------------------------------------
def _one(tmp_path: Path, **cells: str) -> tuple[dict[str, Any], str]:
    path = tmp_path / "one.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(COLUMNS))
        w.writeheader()
        w.writerow({"id": "R1", **cells})
    (found,) = split_pages(_render(path, "wikitext", [BATCH]))
    return found


PHOTO = {"photographer": "Oscar Halldin", "image_date": "1925", "published_date": "1925", "origin_country": "SE",
         "photo_kind": "photographic_work", "depicted_type": "none"}


def test_public_domain_photo_gets_the_full_page(tmp_path: Path) -> None:
    # Template:PD-old-auto-expired: author died 1948, life + 70 run out in Sweden, published
    # before the US cut-off (Commons:Copyright rules by territory/Sweden).
    header, page = _one(tmp_path, photographer_death_year="1948", **PHOTO)
    assert header["verdict"] == "ok"
    _check_page(page, ["{{PD-old-auto-expired|deathyear=1948}}"], [BATCH])
    assert "==\n" in page and page.index("{{int:filedesc}}") < page.index("{{int:license-header}}")


def test_licensed_photo_of_a_building_gets_licence_and_panorama_tags(tmp_path: Path) -> None:
    # Template:FoP-Sweden stands next to the photo's own licence (Commons:Freedom of panorama#Sweden).
    header, page = _one(tmp_path, photographer="Wikimedia volunteer", image_date="2012", origin_country="SE",
                        licence="CC BY-SA 4.0", rights_holder="Uploader", depicted_country="SE",
                        depicted_type="building", depicted_creator="Santiago Calatrava", depicted_date="2005",
                        depicted_setting="outdoor_public", depicted_permanent="yes")
    assert header["verdict"] == "ok"
    _check_page(page, ["{{Cc-by-sa-4.0}}", "{{FoP-Sweden}}"], [BATCH])


def test_blocked_row_gets_the_undelete_in_year_hint_in_a_comment(tmp_path: Path) -> None:
    # Commons:Files to be restored when out of copyright: "Category:Undelete in 2030" and
    # the like, the year the file becomes PD (death year + 70 + 1). Died 1980: 2051.
    header, block = _one(tmp_path, photographer_death_year="1980", **PHOTO)
    assert header["verdict"] == "not_ok"
    _check_comment_only(block)
    (hint,) = [c for c in mwparserfromhell.parse(block).filter_comments() if "Undelete" in str(c)]
    assert "[[Category:Undelete in 2051]]" in str(hint.contents)
    assert not mwparserfromhell.parse(block).filter_wikilinks()  # a hint, not a category of anything


def test_needs_review_row_gets_its_reason_without_a_year(tmp_path: Path) -> None:
    # No death year for a named photographer: the term cannot be computed (needs_review);
    # nothing to restore in a known year, so no Undelete hint.
    header, block = _one(tmp_path, **PHOTO)
    assert header["verdict"] == "needs_review"
    _check_comment_only(block)
    assert "needs_review" in block and "Undelete" not in block and "photographer_death_year" in block


def test_a_row_with_unreadable_cells_names_them_on_its_line(tmp_path: Path) -> None:
    header, block = _one(tmp_path, photographer_death_year="19x8", **PHOTO)
    assert [e["column"] for e in header["errors"]] == ["photographer_death_year"]
    _check_comment_only(block)


# -- the command line ----------------------------------------------------------------------
def _cli(*args: str) -> Any:
    return runner.invoke(app, [*args, "--as-of", AS_OF.isoformat()])


def test_wikitext_command_gives_the_rows_block_as_the_batch_does(tmp_path: Path) -> None:
    out = tmp_path / "all.wiki"
    assert _cli("assess", str(EXAMPLE), "--format", "wikitext", "--category", BATCH, "-o", str(out), "-q"
                ).exit_code == 0
    blocks = {h["id"]: PAGE_MARK + json.dumps(h) + "\n" + b for h, b in split_pages(out.read_text("utf-8"))}
    for rid in ("EX-001", "EX-002"):
        result = _cli("wikitext", str(EXAMPLE), "--id", rid, "--category", BATCH)
        assert result.exit_code == 0, result.output
        assert result.stdout == blocks[rid]
    by_row = _cli("wikitext", str(EXAMPLE), "--row", "1", "--category", BATCH)
    assert by_row.stdout == blocks["EX-001"]


@pytest.mark.parametrize("bad", ["A]]{{delete}}", "x|y", "", "a\x07b"])
def test_a_category_commons_could_not_have_is_refused(bad: str) -> None:
    result = _cli("assess", str(EXAMPLE), "--format", "wikitext", "--category", bad, "-q")
    assert result.exit_code == 2 and "--category" in result.output


# MediaWiki Manual:Page title: no "~~~", no percent-encoding or character reference, no
# relative path, no leading colon, at most 255 bytes; a name in another namespace would
# link elsewhere ("Category:Category:X", "File:X"); invisible characters are refused.
@pytest.mark.parametrize("bad", ["~~~~", "___", ":Foo", "Foo/../bar", "Foo%41", "A&amp;B", "x" * 300,
                                 "Category:Category:Foo", "File:Foo", "Talk:Foo", "A\u200bB", "A\u202eB"])
def test_a_category_title_mediawiki_refuses_is_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="not a category name"):
        categories_block([bad])


def test_one_category_given_as_text_is_one_category() -> None:
    from copyright_check import Assessor

    a = Assessor().assess({"id": "A", "title": "Kyrka", "photographer": "Oscar Halldin",
                           "photographer_death_year": "1948", "image_date": "1920", "published_date": "1920",
                           "origin_country": "SE", "photo_kind": "photographic_work", "depicted_type": "none",
                           "rights_holder": "Upplandsmuseet"}, "2026-11-30")
    assert a.wikitext("Upplandsmuseet upload") == a.wikitext(["Upplandsmuseet upload"])
    assert "[[Category:U]]" not in a.wikitext("Upplandsmuseet upload")


def test_category_is_only_for_wikitext() -> None:
    assert _cli("assess", str(EXAMPLE), "--format", "jsonl", "--category", BATCH, "-q").exit_code == 2


def test_a_category_prefix_is_not_doubled() -> None:
    assert categories_block(["Category:" + BATCH]) == categories_block([BATCH]) == f"\n[[Category:{BATCH}]]\n"


def test_the_library_call_gives_the_page_the_batch_writes(example: tuple[str, list[dict[str, Any]]]) -> None:
    # One code path: `Assessor.assess(row).wikitext()` is the batch's block without its row
    # line (given the cells as the batch reader read them: it also maps words, e.g. 'portrait').
    from copyright_check import Assessor
    from copyright_check.batch import prepared_rows

    text, _ = example
    assessor = Assessor(as_of=AS_OF)
    rows = [row.cells for row, _filled in prepared_rows(EXAMPLE)]
    for (header, block), cells in zip(split_pages(text), rows, strict=True):
        assert assessor.assess(cells).wikitext([BATCH]) == block, header["id"]


def test_a_page_takes_its_source_from_the_exports_source_column(tmp_path: Path) -> None:
    # Commons:Licensing / COM:EVID: every file needs its source (where the file comes
    # from); an export's own source or URL column is that, before the rights holder.
    path = tmp_path / "src.csv"
    path.write_text("id,title,photographer,photographer_death_year,image_date,published_date,origin_country,"
                    "photo_kind,depicted_type,rights_holder,Source URL\n"
                    "A,Kyrka,Oscar Halldin,1948,1920,1920,SE,photographic_work,none,Upplandsmuseet,"
                    "https://digitaltmuseum.se/021016/x\n", "utf-8")
    (_, block), = split_pages(_render(path, "wikitext", [BATCH]))
    info = _check_page(block, ["{{PD-old-auto-expired|deathyear=1948}}"], [BATCH])
    assert html.unescape(str(info.get("source").value)).strip() == "[https://digitaltmuseum.se/021016/x]"
    # The library's result says the same (an upload script skips a row whose source is empty).
    from copyright_check import Assessor

    with path.open(encoding="utf-8", newline="") as f:
        row = next(csv.DictReader(f))
    assert Assessor().assess(row, AS_OF).source == "https://digitaltmuseum.se/021016/x"
    assert Assessor().assess({**row, "Source URL": "", "rights_holder": ""}, AS_OF).source == ""


def test_the_wikitext_command_flags_a_repeated_id_as_the_batch_does(tmp_path: Path) -> None:
    # The batch marks the second row with an id already seen (the first keeps it); the
    # command for either row writes exactly the batch's block.
    path = tmp_path / "dup.csv"
    path.write_text("id,title,origin_country\nD1,A,SE\nD1,B,SE\n", "utf-8")
    out = tmp_path / "all.wiki"
    assert _cli("assess", str(path), "--format", "wikitext", "-o", str(out), "-q").exit_code == 0
    blocks = [PAGE_MARK + json.dumps(h) + "\n" + b for h, b in split_pages(out.read_text("utf-8"))]
    assert "duplicate id" in blocks[1] and "duplicate id" not in blocks[0]
    for n, block in enumerate(blocks, 1):
        result = _cli("wikitext", str(path), "--row", str(n))
        assert result.exit_code == 0, result.output
        assert result.stdout == block


@pytest.mark.parametrize("command", ["wikitext", "explain"])
def test_an_id_two_rows_share_is_refused_naming_both_rows(tmp_path: Path, command: str) -> None:
    # Review 11 B7: the batch writes no page for a repeated id's later rows because an upload
    # keyed by id could not tell which record, and which image, a page belongs to (README,
    # "File pages"); `--id D1` printed the first row's ok page with no word of the second
    # (Oscar Halldin d. 1948 beside Anna Riwkin d. 1970, still protected). `--row N` names one.
    path = tmp_path / "dup.csv"
    path.write_text("id,photographer,photographer_death_year,image_date,published_date,origin_country,photo_kind,"
                    "depicted_type\nD1,Oscar Halldin,1948,1930,1930,SE,photographic_work,none\n"
                    "D2,Karin Berg,1950,1930,1930,SE,photographic_work,none\n"
                    "D1,Anna Riwkin,1970,1930,1930,SE,photographic_work,none\n", "utf-8")
    result = _cli(command, str(path), "--id", "D1")
    assert result.exit_code == 2
    assert "names more than one row (rows 1 and 3)" in result.output and "--row" in result.output
    assert "{{PD-old" not in result.stdout
    assert _cli(command, str(path), "--id", "D2").exit_code == 0
    assert _cli(command, str(path), "--row", "3").exit_code == 0
