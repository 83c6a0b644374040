"""examples/upload_with_pywikibot.py against a stand-in for pywikibot's site (no network):
every row that is not `ok` is skipped (Commons:Licensing: a file that is not free is
deleted), and each `ok` row is uploaded with its file page and then exactly its structured
data (Commons:Structured data/Modeling/Copyright), to the MediaInfo entity of that file."""

from __future__ import annotations

import csv
import importlib.util
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import mwparserfromhell
import pytest

from copyright_check import Assessor, assess_file
from copyright_check.sdc import sdc_claims

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "upload_with_pywikibot.py"
RECORDS = ROOT / "examples" / "records.csv"


def _module() -> Any:
    spec = importlib.util.spec_from_file_location("upload_with_pywikibot", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass
class Page:
    title: str
    pageid: int
    on_commons: bool = False

    def exists(self) -> bool:
        return self.on_commons


@dataclass
class Request:
    params: dict[str, Any]
    site: Site

    def submit(self) -> dict[str, Any]:
        self.site.posted.append(self.params)
        return {"success": 1}


@dataclass
class Site:
    """What the example calls on pywikibot's APISite, recorded."""

    uploads: list[dict[str, Any]] = field(default_factory=list)
    posted: list[dict[str, Any]] = field(default_factory=list)
    tokens: dict[str, str] = field(default_factory=lambda: {"csrf": "token+\\"})
    refuse: set[str] = field(default_factory=set)  # file names whose upload fails

    def upload(self, page: Page, **kwargs: Any) -> bool:
        if page.title in self.refuse:
            return False
        self.uploads.append({"page": page, **kwargs})
        return True

    def simple_request(self, **params: Any) -> Request:
        return Request(params, self)


def test_example_uploads_only_ok_rows_with_their_page_text_and_structured_data(tmp_path: Path) -> None:
    rows = list(csv.DictReader(RECORDS.open(encoding="utf-8", newline="")))
    site, pages = Site(), []

    def page(title: str) -> Page:
        pages.append(Page(title, 1000 + len(pages)))
        return pages[-1]

    skipped = _module().upload_batch(assess_file(RECORDS), site, page, tmp_path)

    assessor = Assessor()
    today = date.today()
    expected = [(row, assessor.assess(row, today)) for row in rows]
    # Uploaded: ok, every cell read, and a source on the page (Commons deletes files without one).
    ok = [(row, a) for row, a in expected
          if a.verdict.value == "ok" and not a.errors and a.source]
    assert list(skipped) == [a.id for row, a in expected if (row, a) not in ok]
    assert ok and skipped
    assert len(site.uploads) == len(site.posted) == len(ok)
    for (row, a), upload, post in zip(ok, site.uploads, site.posted, strict=True):
        assert upload["page"].title == _module().file_name(row["title"], a.id)
        assert upload["source_filename"] == str(tmp_path / f"{a.id}.jpg")
        parsed = mwparserfromhell.parse(upload["text"])
        names = [str(t.name).strip() for t in parsed.filter_templates(recursive=False)]
        assert names[0] == "Information"
        assert names[1:] == [str(mwparserfromhell.parse(t).filter_templates()[0].name).strip() for t in a.templates]
        assert post["action"] == "wbeditentity" and post["id"] == f"M{upload['page'].pageid}"
        assert post["token"] == site.tokens["csrf"]
        assert upload["text"] == a.wikitext()
        assert json.loads(post["data"]) == {"claims": a.sdc()["claims"]}
        assert a.sdc()["claims"] == sdc_claims(a, row, today)["claims"] != []


def _ok_row(rid: str, title: str = "Uppsala domkyrka") -> dict[str, str]:
    return {"id": rid, "title": title, "photographer": "Oscar Halldin", "photographer_death_year": "1948",
            "image_date": "1920", "published_date": "1920", "origin_country": "SE",
            "photo_kind": "photographic_work", "depicted_type": "none", "rights_holder": "Upplandsmuseet"}


def test_example_never_uploads_a_repeated_or_unsafe_id_twice_or_at_all(tmp_path: Path) -> None:
    # One file per id: a repeated id would upload two files as one record; an id that is a
    # path would read a file outside the images folder.
    # Neither row of a repeated id is uploaded, the first included (review 13 D11).
    rows = [_ok_row("A1"), _ok_row("A1"), _ok_row("../../etc/x"), _ok_row(""), _ok_row("/home/x"), _ok_row("B1")]
    site = Site()
    skipped = _module().upload_batch(map(Assessor().assess, rows), site, lambda title: Page(title, 1), tmp_path)
    assert [u["source_filename"] for u in site.uploads] == [str(tmp_path / "B1.jpg")]
    assert set(skipped) == {"A1", "../../etc/x", "", "/home/x"} and skipped["A1"] == "id repeated in the batch"


def test_a_wikidata_items_two_bindings_are_neither_uploaded_and_both_marked(tmp_path: Path) -> None:
    # Review 13 D11: the query service gives one binding per value of a multi-valued property,
    # so a work of two creators (Oscar Halldin d. 1948, Anna Riwkin d. 1970) is two rows with
    # one id. A joint work runs from the last author's death (Berne art. 7bis): the first row's
    # ok on 1948 must not reach Commons. assess_file reads the whole file, so it marks the first
    # row's id as the CLI marks the repeat's.
    query = {"head": {"vars": ["item", "creatorLabel", "death"]}, "results": {"bindings": [
        {"item": {"type": "literal", "value": "Q111"}, "creatorLabel": {"type": "literal", "value": name},
         "death": {"type": "literal", "value": death}}
        for name, death in (("Oscar Halldin", "1948"), ("Anna Riwkin", "1970"))]}}
    path = tmp_path / "wdq.json"
    path.write_text(json.dumps(query), "utf-8")
    profile = tmp_path / "wdq.profile.yaml"
    profile.write_text("columns:\n  item: id\n  creatorLabel: photographer\n  death: photographer_death_year\n"
                       "assume:\n  image_date: '1930'\n  published_date: '1930'\n  origin_country: SE\n"
                       "  photo_kind: photographic_work\n  depicted_type: none\n", "utf-8")
    results = list(assess_file(path, "2026-12-01", profile=profile))
    assert [r.id for r in results] == ["Q111", "Q111"]
    assert all(any(e.column == "id" for e in r.errors) for r in results)
    assert "Q111" in results[0].errors[-1].message and "later row" in results[0].errors[-1].message
    assert "{{PD-old" not in results[0].wikitext()
    site = Site()
    skipped = _module().upload_batch(results, site, lambda title: Page(title, 1), tmp_path)
    assert site.uploads == [] and list(skipped) == ["Q111"]


def test_example_titles_become_names_mediawiki_accepts() -> None:
    # MediaWiki Manual:Page title: # < > [ ] | { } and a colon (a namespace prefix) cannot
    # stand in a title; the id keeps two photos of one title apart.
    name = _module().file_name("Plan: [A|B] {x}\nhall #2", "EX-1")
    assert name == "File:Plan A B x hall 2 (EX-1).jpg"


@pytest.mark.parametrize(("title", "name"), [
    ("Gata ~~~~ 1920", "File:Gata 1920 (EX-1).jpg"), ("Huset 50%20 meter", "File:Huset 50 meter (EX-1).jpg"),
    ("Tom &amp; Jerry &#38; co", "File:Tom Jerry co (EX-1).jpg"),
    ("Kyrka\u202e 1920\u200b", "File:Kyrka 1920 (EX-1).jpg"),
])
def test_example_file_names_leave_out_what_mediawiki_refuses_in_a_title(title: str, name: str) -> None:
    # MediaWiki's Help:Bad title: three tildes (a signature), a percent-encoded byte and an HTML
    # entity cannot stand in a title; a bidi override or zero-width space makes a look-alike name.
    # Each row failed "upload failed" (review 16 M1).
    assert _module().file_name(title, "EX-1") == name


@pytest.mark.parametrize("title", ["Ä" * 300, "Καθεδρικός ναός της Ουψάλας " * 8, "乌普萨拉大教堂" * 40,
                                   "Uppsala domkyrka " * 20, "a" * 240 + "€€€€€"])
def test_example_file_names_keep_mediawikis_title_limit_of_255_bytes(title: str) -> None:
    # MediaWiki Manual:Page table, page_title: 255 bytes of UTF-8, the namespace not counted
    # (review 14 M5: a cut at 180 characters left a Greek or CJK title of 90-180 characters
    # too long, and site.upload refused every such row). The id and extension stay whole.
    name = _module().file_name(title, "EX-12345")
    page_title = name.removeprefix("File:")
    assert len(page_title.encode("utf-8")) <= 255 and page_title.endswith(" (EX-12345).jpg")
    assert title.startswith(page_title.removesuffix(" (EX-12345).jpg")[:20])
    assert _module().file_name("Kort titel", "K1") == "File:Kort titel (K1).jpg"


def test_example_posts_structured_data_only_for_a_file_it_uploaded(tmp_path: Path) -> None:
    module = _module()
    refused = module.file_name("Uppsala domkyrka", "R1")
    site = Site(refuse={refused})
    skipped = module.upload_batch(map(Assessor().assess, [_ok_row("R1"), _ok_row("E1")]), site,
                                  lambda title: Page(title, 7, on_commons=title.endswith("(E1).jpg")), tmp_path)
    assert skipped == {"R1": "upload refused", "E1": "already on Commons"}
    assert site.uploads == [] and site.posted == []


def test_example_goes_on_after_a_refused_structured_data_edit_and_says_which_file_lacks_it(tmp_path: Path) -> None:
    # Review 16 M6: the wbeditentity call stood outside the try: a refused claim or a lapsed
    # token stopped the batch after that file was up, and a rerun skipped the file as already
    # on Commons, so its structured data was never written.
    module = _module()

    class Refusing(Site):
        def simple_request(self, **params: Any) -> Request:
            raise RuntimeError("badtoken")

    site = Refusing()
    skipped = module.upload_batch(map(Assessor().assess, [_ok_row("R1"), _ok_row("R2")]), site,
                                  lambda title: Page(title, 7), tmp_path)
    assert [u["page"].title for u in site.uploads] == [module.file_name("Uppsala domkyrka", r) for r in ("R1", "R2")]
    assert set(skipped) == {"R1", "R2"} and all("structured data was not written (badtoken)" in w
                                                for w in skipped.values())


def test_example_reports_an_unreadable_batch_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Review 16 M6: a workbook without an id column ended in a Python traceback (InputError
    # from assess_file), not the one line `assess` prints.
    path = tmp_path / "noid.csv"
    path.write_text("title,photographer\nA,B\n", encoding="utf-8")
    assert _module().main(["upload", str(path), str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1 and "Traceback" not in err


# -- the upload reads the batch as the checked `assess` run did (review 15 M3) -------------
def _two_sheets(tmp_path: Path) -> Path:
    """A workbook whose first sheet holds every record and whose second the selection:
    EX-001 alone is on "Urval"; "Alla" adds EX-002, which the institution left out."""
    import openpyxl

    with RECORDS.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    book = openpyxl.Workbook()
    every = book.active
    every.title = "Alla"
    for row in rows[:3]:
        every.append(row)
    chosen = book.create_sheet("Urval")
    for row in rows[:2]:
        chosen.append(row)
    path = tmp_path / "export.xlsx"
    book.save(path)
    return path


def test_library_reads_the_sheet_map_and_assumption_assess_would(tmp_path: Path) -> None:
    path = _two_sheets(tmp_path)
    assert [a.id for a in assess_file(path, "2026-12-01")] == ["EX-001", "EX-002"]  # first visible
    assert [a.id for a in assess_file(path, "2026-12-01", sheet="Urval")] == ["EX-001"]
    renamed = tmp_path / "renamed.csv"
    renamed.write_text(RECORDS.read_text(encoding="utf-8").replace("photographer_death_year", "Dödsår", 1),
                       encoding="utf-8")
    mapped = next(iter(assess_file(renamed, "2026-12-01", maps=["Dödsår=photographer_death_year"])))
    plain = next(iter(assess_file(RECORDS, "2026-12-01")))
    assert (mapped.verdict, mapped.templates) == (plain.verdict, plain.templates)
    # An assumption fills empty cells and is its own reason, as `assess --assume` makes it: a
    # photo still protected, its licence cell empty, rests on the assumed CC0.
    protected = tmp_path / "protected.csv"
    protected.write_text("id,photographer,rights_holder,image_date,origin_country,depicted_type\n"
                         "P-1,Anna Svensson,Anna Svensson,2019,SE,none\n", encoding="utf-8")
    assumed = list(assess_file(protected, "2026-12-01", assumes=["licence=CC0"]))
    assert any(r.rule == "assumed:licence" for a in assumed for r in a.reasons)
    assert not any(r.rule == "assumed:licence" for a in assess_file(protected, "2026-12-01") for r in a.reasons)


def test_example_refuses_a_workbook_of_several_sheets_without_one_named(tmp_path: Path) -> None:
    example = _module()
    path = _two_sheets(tmp_path)
    assert "--sheet" in example.sheet_in_doubt(str(path), None, None)
    assert example.main(["upload", str(path), str(tmp_path)]) == 2
    assert example.sheet_in_doubt(str(path), "Urval", None) == ""
    profile = tmp_path / "p.yaml"
    profile.write_text("sheet: Urval\n", encoding="utf-8")
    assert example.sheet_in_doubt(str(path), None, str(profile)) == ""
    assert example.sheet_in_doubt(str(RECORDS), None, None) == ""
    args = example.options(["upload", str(path), str(tmp_path), "--sheet", "Urval",
                            "--assume", "depicted_permanent=yes"])
    assert (args.sheet, args.assume, args.map) == ("Urval", ["depicted_permanent=yes"], [])
