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

from copyright_check import Assessor
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

    def upload(self, page: Page, **kwargs: Any) -> bool:
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

    skipped = _module().upload_batch(rows, site, page, tmp_path)

    assessor = Assessor()
    today = date.today()
    expected = [(row, assessor.assess(row, today)) for row in rows]
    ok = [(row, a) for row, a in expected if a.verdict.value == "ok"]
    assert skipped == [a.id for _, a in expected if a.verdict.value != "ok"]
    assert ok and skipped
    assert len(site.uploads) == len(site.posted) == len(ok)
    for (row, a), upload, post in zip(ok, site.uploads, site.posted, strict=True):
        assert upload["page"].title == f"File:{row['title']}.jpg"
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
